#!/usr/bin/env python3
"""Writes a feed of Sched's real all.ics shape for the start-up benchmark: unfolded long lines, UTC
times, "Title - Speaker, Org & Speaker, Org" summaries, "Room, City, Country" locations, and long
descriptions carrying the HTML entities (&nbsp;, &amp;, &quot;, &#39;), typographic quotes and \\n
breaks that Sched leaves in them. Every word is invented; the same arguments give the same bytes.

    bench/sched_feed.py EVENTS OUT.ics
"""
import random
import sys

WORDS = ("cluster operator mesh gateway policy runtime sidecar ledger queue shard quorum replica "
         "telemetry tracing budget rollout canary fleet tenant registry signing provenance sandbox "
         "scheduler autoscaling storage snapshot backup network latency throughput controller webhook "
         "admission identity secret rotation upgrade migration platform pipeline artifact edge "
         "inference accelerator kernel probe dashboard incident alert chaos resilience cost energy").split()
FIRST = "Ada Bo Chen Dara Eli Femi Gil Hana Ivo Jun Kai Lea Mio Noor Oli Pia Quin Rui Sol Tao Uma Vid".split()
LAST = "Aster Birch Cedar Dune Ember Fjord Grove Heath Inlet Juniper Knoll Larch Moss Nettle Oak".split()
ORGS = ["Example Corp", "Sample Labs", "Demo & Sons", "Placeholder Inc.", "Acme Cloud", "Widget GmbH"]
ROOMS = ["Hall %s" % c for c in "ABCDEFGH"] + ["Room %d" % n for n in range(1, 17)] + ["Forum", "Auditorium"]
TRACKS = ["SECURITY", "OBSERVABILITY", "PLATFORM ENGINEERING", "AI + ML", "STORAGE", "NETWORKING",
          "OPERATIONS + PERFORMANCE", "CONNECTIVITY", "APPLICATION DEVELOPMENT"]
ENTITIES = ["&nbsp\\;", "&amp\\;", "&quot\\;", "&#39\\;", "\u201c", "\u201d", "\u2019", "\u2013"]


def sentence(rng, low, high):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    for i in range(len(words)):
        if rng.random() < 0.06:
            words[i] = rng.choice(ENTITIES) + words[i]
        elif rng.random() < 0.05:
            words[i] += "\\,"
    return " ".join(words).capitalize() + "."


def description(rng):
    if rng.random() < 0.08:
        return ""
    paragraphs = []
    for _ in range(rng.randint(1, 4)):
        paragraphs.append(" ".join(sentence(rng, 8, 24) for _ in range(rng.randint(2, 5))))
    return "\\n\\n".join(paragraphs)


def speaker(rng):
    return "%s %s\\, %s" % (rng.choice(FIRST), rng.choice(LAST), rng.choice(ORGS).replace(",", "\\,"))


def main(events, out):
    rng = random.Random(2026)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "X-WR-CALNAME:benchconf", "X-WR-CALDESC:Event Calendar",
             "METHOD:PUBLISH", "CALSCALE:GREGORIAN", "PRODID:-//Sched.com Bench Conference 2031//EN",
             "X-WR-TIMEZONE:UTC"]
    for n in range(events):
        day = 23 + n * 3 // events
        hour, minute = 7 + rng.randint(0, 8), rng.choice([0, 15, 30, 45])
        length = rng.choice([30, 30, 30, 45, 90])
        end_hour, end_minute = hour + (minute + length) // 60, (minute + length) % 60
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))).title()
        if rng.random() < 0.15:
            title += " &amp\\; " + rng.choice(WORDS).title()
        speakers = " & ".join(speaker(rng) for _ in range(rng.choice([0, 1, 1, 1, 2, 3])))
        uid = "%032x" % rng.getrandbits(128)
        lines += ["BEGIN:VEVENT", "DTSTAMP:20310322T151644Z",
                  "DTSTART:203103%02dT%02d%02d00Z" % (day, hour, minute),
                  "DTEND:203103%02dT%02d%02d00Z" % (day, end_hour, end_minute),
                  "SUMMARY:" + title + (" - " + speakers if speakers else ""),
                  "DESCRIPTION:" + description(rng),
                  "CATEGORIES:" + rng.choice(TRACKS),
                  "LOCATION:%s\\, Sample City\\, Sample Country" % rng.choice(ROOMS),
                  "SEQUENCE:0", "UID:" + uid,
                  "URL:http://benchconf2031.example.org/event/" + uid, "END:VEVENT"]
    lines.append("END:VCALENDAR")
    with open(out, "w", encoding="utf-8", newline="") as file:
        file.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: sched_feed.py EVENTS OUT.ics")
    main(int(sys.argv[1]), sys.argv[2])
