"""Python's side of the import benchmarks: reads an iCalendar file with icalendar and takes from each
event what the planner takes (summary, start, end, location, uid), then prints how many there were.

    parse_ical.py FEED.ics
"""
import sys

import icalendar

calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = [(str(e.get('summary')), e.decoded('dtstart'), e.decoded('dtend'), str(e.get('location')), str(e.get('uid')))
          for e in calendar.walk('VEVENT')]
print(len(events))
