#!/usr/bin/env python3
"""A foreign one-stop system's motcua conformance adapter (protocol motcua-adapter/1).

It stands for a one-stop (Một cửa) system that is NOT built on motcua, written in another
language, with only the Python standard library. Its calendar is the naive one many systems
ship: Saturdays and Sundays off, plus four fixed solar holidays (1/1, 30/4, 1/5, 2/9), one day
each. It knows nothing of the lunar calendar (no Tết, no Hùng Kings day), compensatory days off,
the adjacent day of National Day, make-up Saturdays or the government's yearly schedules.

It implements three calendar checks (calendar.dayInfo, calendar.addWorkingDays,
calendar.workingDaysBetween) and answers ADAPTER_CHECK_UNSUPPORTED for every other check.

Run:  python3 adapter.py --port 8788        (binds 127.0.0.1; --port 0 picks a free port)
Then: npx -p @motcua/conformance motcua-conformance run --rulebook national --target http://127.0.0.1:8788
"""

import argparse
import datetime
import json
import re
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PROTOCOL = "motcua-adapter/1"
NAME = "Foreign one-stop system (naive calendar)"
VERSION = "1.0.0"

# The naive calendar: (month, day) -> name. One day each; nothing lunar, nothing moved.
FIXED_HOLIDAYS = {
    (1, 1): "Tết Dương lịch",
    (4, 30): "Ngày Chiến thắng",
    (5, 1): "Ngày Quốc tế Lao động",
    (9, 2): "Quốc khánh",
}

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_BODY = 1024 * 1024


class Refused(Exception):
    """The system refuses the input: answered as {"error": {"code": ...}}."""

    def __init__(self, code, en):
        super().__init__(en)
        self.code = code
        self.en = en


def parse_date(value, field):
    if not isinstance(value, str) or not DATE.match(value):
        raise Refused("CALENDAR_INVALID_DATE", f"{field} is not a YYYY-MM-DD date")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise Refused("CALENDAR_INVALID_DATE", f"{field} is not a real date") from None


def parse_int(value, field):
    if isinstance(value, bool) or not isinstance(value, int):
        raise Refused("CALENDAR_INVALID_NUMBER", f"{field} is not a whole number")
    return value


def day_info(day):
    name = FIXED_HOLIDAYS.get((day.month, day.day))
    if name is not None:
        return {"date": day.isoformat(), "working": False, "kind": "holiday", "projected": False, "name": name}
    if day.weekday() >= 5:
        return {"date": day.isoformat(), "working": False, "kind": "weekend", "projected": False}
    return {"date": day.isoformat(), "working": True, "kind": "weekday", "projected": False}


def is_working(day):
    return day_info(day)["working"]


def add_working_days(day, n):
    step = 1 if n >= 0 else -1
    left = abs(n)
    while left > 0:
        day += datetime.timedelta(days=step)
        if is_working(day):
            left -= 1
    return day


def working_days_between(start, end):
    sign = 1
    if end < start:
        start, end, sign = end, start, -1
    count = 0
    day = start
    while day < end:
        if is_working(day):
            count += 1
        day += datetime.timedelta(days=1)
    return sign * count


def run_check(check, data):
    if check == "calendar.dayInfo":
        return day_info(parse_date(data.get("date"), "date"))
    if check == "calendar.addWorkingDays":
        day = parse_date(data.get("date"), "date")
        return {"date": add_working_days(day, parse_int(data.get("days"), "days")).isoformat()}
    if check == "calendar.workingDaysBetween":
        return {"days": working_days_between(parse_date(data.get("from"), "from"), parse_date(data.get("to"), "to"))}
    raise Refused("ADAPTER_CHECK_UNSUPPORTED", f"{check} is not implemented by this system")


class Handler(BaseHTTPRequestHandler):
    server_version = "ForeignOneStop/1.0"

    def log_message(self, format, *args):  # quiet: no request log on stderr
        pass

    def answer(self, status, body):
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("content-type", "application/json; charset=utf-8")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/conformance/v1/info":
            self.answer(200, {"protocol": PROTOCOL, "name": NAME, "version": VERSION})
        else:
            self.answer(404, {"message": "not found"})

    def do_POST(self):
        if self.path != "/conformance/v1/run":
            return self.answer(404, {"message": "not found"})
        length = int(self.headers.get("content-length") or 0)
        if length <= 0 or length > MAX_BODY:
            return self.answer(413 if length > MAX_BODY else 400, {"message": "bad body length"})
        try:
            request = json.loads(self.rfile.read(length).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return self.answer(400, {"message": "body is not JSON"})
        if not isinstance(request, dict) or request.get("protocol") != PROTOCOL or not isinstance(request.get("input"), dict):
            return self.answer(400, {"message": f"not a {PROTOCOL} request"})
        try:
            self.answer(200, {"output": run_check(request.get("check"), request["input"])})
        except Refused as refused:
            self.answer(200, {"error": {"code": refused.code, "en": refused.en}})


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8788)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    # The first line says where it listens (the test reads the port from it).
    print(f"listening on http://{args.host}:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
