"""RSS 2.0 and Atom inputs: one document per entry, HTML cleaned to text, the entry's own day, the
feed's title as outlet; a malformed feed or an entry without text is a failure naming it."""

from __future__ import annotations

from datetime import date

from accordwatch.ingest import read_documents
from accordwatch.ingest.readers import read_path

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
 <title>Frontier Wire</title><link>https://wire.example.org/</link>
 <item>
  <guid isPermaLink="false">fw-101</guid>
  <title>Detainees walk free in Herat</title>
  <link>https://wire.example.org/101</link>
  <pubDate>Tue, 14 Apr 2020 22:30:00 +0430</pubDate>
  <description>&lt;p&gt;Officials in Herat said &lt;b&gt;forty&lt;/b&gt; detainees left the provincial jail
  on Tuesday.&lt;/p&gt;&lt;p&gt;Relatives had gathered at the gate since dawn.&lt;/p&gt;</description>
 </item>
 <item>
  <title>Talks resume</title>
  <link>https://wire.example.org/102</link>
  <pubDate>Wed, 15 Apr 2020 09:00:00 GMT</pubDate>
  <description>Delegates from both sides met again in the Qatari capital on Wednesday.</description>
 </item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
 <title>Valley Monitor</title><id>urn:valley-monitor</id><updated>2020-04-16T10:00:00Z</updated>
 <entry>
  <id>urn:valley-monitor:7</id>
  <title type="html">Ceasefire &amp;amp; its critics</title>
  <link rel="alternate" href="https://monitor.example.net/7"/>
  <published>2020-04-16T01:15:00+04:30</published>
  <updated>2020-04-16T09:00:00Z</updated>
  <summary>A short teaser.</summary>
  <content type="html">&lt;p&gt;Elders in Kunduz told the monitor that fighting had stopped in two
   districts.&lt;/p&gt;&lt;p&gt;Shops reopened on Thursday, they said.&lt;/p&gt;</content>
 </entry>
</feed>
"""


def test_rss_items_are_documents(write):
    path = write("wire.rss", RSS)
    first, second = list(read_path(path))
    assert first.id == "fw-101" and first.title == "Detainees walk free in Herat"
    assert first.url == "https://wire.example.org/101" and first.outlet == "Frontier Wire"
    # HTML cleaned to text, paragraphs kept apart, no tags or entities left
    assert first.text.startswith("Officials in Herat said forty detainees left the provincial jail")
    assert "Relatives had gathered" in first.text and "<" not in first.text and "&" not in first.text
    assert first.published == "2020-04-14"  # the day where it was written (18:00 UTC), not in UTC
    assert first.source == f"{path}#1"
    # no guid: the link is the id; plain text stays as it is
    assert second.id == "https://wire.example.org/102"
    assert second.text == "Delegates from both sides met again in the Qatari capital on Wednesday."


def test_atom_entries_are_documents_with_their_content_over_the_summary(write):
    (entry,) = list(read_path(write("monitor.atom", ATOM)))
    assert entry.id == "urn:valley-monitor:7" and entry.outlet == "Valley Monitor"
    assert entry.url == "https://monitor.example.net/7" and entry.title == "Ceasefire & its critics"
    assert entry.text.startswith("Elders in Kunduz told the monitor") and "teaser" not in entry.text
    assert entry.published == "2020-04-16"  # published (its own day: 15 April 20:45 UTC), not updated


def test_an_xml_file_whose_root_is_a_feed_is_read_as_one(write):
    (entry,) = list(read_path(write("export.xml", ATOM)))
    assert entry.id == "urn:valley-monitor:7"


def test_an_xml_file_that_is_no_feed_is_a_failure_naming_it(write):
    path = write("sitemap.xml", '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>')
    (failure,) = list(read_path(path))
    assert failure.source == str(path) and "not an RSS or Atom feed" in failure.reason


def test_a_malformed_feed_is_one_failure_naming_the_file_and_the_problem(write):
    broken = RSS.replace("Detainees walk free in Herat</title>", "Detainees walk free in Herat</titel>")
    path = write("broken.rss", broken)
    items = list(read_path(path))
    assert len(items) == 1
    (failure,) = items
    assert failure.source == str(path)
    assert failure.reason.startswith("malformed feed: line ") and "mismatched tag" in failure.reason


def test_an_entry_without_text_is_a_failure_naming_the_entry_and_the_rest_is_read(write):
    empty = RSS.replace("<description>Delegates from both sides met again in the Qatari capital on "
                        "Wednesday.</description>", "<description>  </description>")
    path = write("wire.rss", empty)
    document, failure = list(read_path(path))
    assert document.id == "fw-101"
    assert failure.source == str(path)
    assert failure.reason == "entry 2 (https://wire.example.org/102) has no text (no content or summary)"


def test_feeds_in_a_folder_are_ingested_as_documents_with_their_day(write, tmp_path):
    write("in/wire.rss", RSS)
    write("in/monitor.atom", ATOM)
    write("in/empty.rss", "")
    batch = read_documents([tmp_path / "in"])
    by_id = {d.id: d for d in batch.documents}
    assert set(by_id) == {"fw-101", "https://wire.example.org/102", "urn:valley-monitor:7"}
    assert by_id["fw-101"].published == date(2020, 4, 14) and by_id["fw-101"].published_from == "metadata"
    assert by_id["urn:valley-monitor:7"].outlet == "Valley Monitor"
    assert [(f.source.rsplit("/", 1)[-1], f.reason) for f in batch.failures] == [("empty.rss", "empty file")]


RSS1 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
 <channel rdf:about="https://bulletin.example.com/"><title>Provincial Bulletin</title>
  <link>https://bulletin.example.com/</link><description>News</description></channel>
 <item rdf:about="https://bulletin.example.com/3">
  <title>Road reopened</title><link>https://bulletin.example.com/3</link>
  <dc:date>2020-04-18T07:30:00+04:30</dc:date>
  <description>Engineers cleared the mountain road to Bamyan on Saturday, the district chief said.</description>
 </item>
</rdf:RDF>
"""


def test_rss_1_feeds_are_read_too(write):
    (item,) = list(read_path(write("bulletin.rss", RSS1)))
    assert item.id == "https://bulletin.example.com/3" and item.outlet == "Provincial Bulletin"
    assert item.published == "2020-04-18" and item.text.startswith("Engineers cleared the mountain road")
