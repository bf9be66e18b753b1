"""ACLED sub-types of the violence family (battles, explosions and remote violence, violence against
civilians) as a reader of the export would see them, on sentences of our own in several shapes: the
act as a verb or as a noun, active and passive, told by a source, in a headline; and reports that read
like violence but that ACLED does not code."""

from __future__ import annotations

import pytest
from extract_helpers import sub_types

TYPED = [
    # an attack noun that names its arms is an act told, wherever it stands
    ("Air/drone strike", "Four farmers died after an air raid on their village near Kafranbel."),
    ("Air/drone strike", "Victims of the drone attack were buried on Friday, relatives said."),
    ("Air/drone strike", "A house in the old quarter was hit from the air before dawn."),
    ("Air/drone strike", "Jordanian F-16s targeted a weapons depot near Deir ez-Zor, the army said."),
    ("Air/drone strike", "Warplanes of the coalition waged nine raids on the district overnight."),
    # what aircraft destroy they strike: no seizure of arms before use, no looting
    ("Air/drone strike", "Government warplanes destroyed an arms depot outside the city, the rebels said."),
    ("Air/drone strike", "Several homes were destroyed by coalition jets in the northern district."),
    ("Air/drone strike", "Russian aviation struck militant positions near the highway on Tuesday."),
    # a state's forces bomb from the air; militants bomb with devices
    ("Air/drone strike", "Government forces bombed rebel bases in the hills on Thursday."),
    ("Remote explosive/landmine/IED", "Militants bombed a police van in the market town on Thursday."),
    ("Shelling/artillery/missile attack", "A mortar attack on the stadium wounded two guards."),
    ("Shelling/artillery/missile attack", "Three rockets landed near the airport perimeter, police said."),
    ("Shelling/artillery/missile attack", "According to the governor, a missile fell on a warehouse in the port."),
    ("Shelling/artillery/missile attack", "The rebels launched a barrage of rockets at the garrison."),
    ("Shelling/artillery/missile attack", "A rocket destroyed a shop in the border town, the mayor said."),
    ("Shelling/artillery/missile attack", "Government troops bombarded the suburb with Grad rockets on Monday."),
    ("Remote explosive/landmine/IED", "Two herders were hurt when their cart ran over a landmine."),
    ("Remote explosive/landmine/IED", "A soldier stepped on a mine on the hill path and lost a leg."),
    ("Grenade", "A man on a scooter tossed a grenade at the tax office, injuring a clerk."),
    ("Grenade", "Two students were hurt in a grenade attack on the campus bar."),
    ("Suicide bomb", "The attacker blew himself up at the gate by setting off an explosive belt."),
    ("Suicide bomb", "A suicide bomber rammed a car packed with explosives into the barracks wall."),
    ("Chemical weapon", "Doctors said dozens suffocated after a chlorine attack on the suburb."),
    ("Chemical weapon", "Medics treated survivors of the poison gas attack in a field clinic."),
    # a fight between sides is a clash, also when it is what killed
    ("Armed clash", "Fighting between two rival militias killed nine people in the port on Sunday."),
    ("Armed clash", "Gunbattles between the army and the guerrillas went on for a third day."),
    ("Armed clash", "The patrol came under fire from rebels near the bridge and returned fire."),
    # armed men against unarmed people: an attack; a group of them is no mob
    ("Attack", "A group of gunmen attacked a bus station, killing six travellers."),
    ("Attack", "A community radio presenter was shot dead by two men on a motorbike."),
    ("Attack", "A village councillor was killed when gunmen ambushed her car."),
    ("Attack", "Militiamen hacked a monk to death at the temple gate, witnesses said."),
    ("Attack", "Armed herders executed a man accused of stealing cattle, residents said."),
    # weather words are no accident when they are the assault's own ("stormed", "in cold blood")
    ("Attack", "Gunmen stormed a guesthouse in the capital and killed four guests."),
    ("Attack", "Militiamen shot the two shepherds in cold blood, a relative said."),
    ("Attack", "Soldiers shot and killed an unarmed teenager at the crossing, his father said."),
    ("Shelling/artillery/missile attack", "A missile attack damaged the terminal of the airport on Sunday."),
    ("Sexual violence", "Fighters subjected women in the camp to sexual violence, the report said."),
    ("Sexual violence", "A girl was sexually abused by a militiaman at the roadblock, her mother said."),
    # a vehicle where the doer was is no accident's craft; one that does the act is
    ("Sexual violence", "A woman was raped by a man on a night bus, police said."),
    ("Sexual violence", "A 15-year-old girl was gangraped by three men in a field, police said."),
    ("Mob violence", "A man was lynched by a mob on a train after a quarrel."),
    ("Abduction/forced disappearance", "Rebel fighters seized twelve farmers from their fields near the river."),
    ("Abduction/forced disappearance", "The lawyer was forcibly disappeared by state agents last week, his wife said."),
    ("Abduction/forced disappearance", "Intelligence officers have forcibly disappeared several student leaders."),
    ("Abduction/forced disappearance", "Gunmen snatched two engineers from a construction site on Monday."),
]


@pytest.mark.parametrize(("sub_type", "text"), TYPED)
def test_violence_is_given_its_acled_sub_type(extract, sub_type: str, text: str) -> None:
    assert sub_type in sub_types(extract, text)


NOT_CODED = [
    "A gas explosion in a bakery killed two workers, the fire brigade said.",
    "A huge fire destroyed forty stalls at the central market overnight.",
    "A shopkeeper was stabbed to death in a robbery on the high street.",
    "The senator launched a blistering political attack on the governor's tax plan.",
    "The winger fired a shot past the goalkeeper to level the match.",
    "India test-fired a cruise missile from a warship in the Bay of Bengal.",
    "The director shoots his new film in the desert next spring.",
    "Rising prices hit households hard, striking a blow to the government.",
    "Reporters bombarded the spokesman with questions about the budget.",
    "A court convicted two brothers of murdering a neighbour over a field.",
    "The group denied any role in the grenade attack on the nightclub.",
    "Residents fear a chemical attack if the offensive goes ahead.",
    "The air raid sirens were tested across the city on Monday.",
    "The plane disappeared from radar over the sea on Tuesday.",
    "A bus collided with a lorry near the junction, killing twelve passengers.",
    "A tropical storm killed nineteen people on the islands at the weekend.",
    "A footbridge collapsed over the river during the festival, killing eleven people.",
    "Hackers attacked the electoral commission's website on the eve of the vote.",
    # an arrest for a sex crime is no sexual violence, and no arrest ACLED codes
    "A teacher was arrested for sexually abusing pupils at the school.",
]


@pytest.mark.parametrize("text", NOT_CODED)
def test_what_reads_like_violence_but_is_none_gets_no_acled_type(extract, text: str) -> None:
    assert sub_types(extract, text) == []


def test_an_air_assault_is_troops_flown_in_not_a_strike_from_the_air(extract) -> None:
    text = "Paratroopers conducted an air assault into the valley at dawn and killed three insurgents."
    assert "Air/drone strike" not in sub_types(extract, text)
