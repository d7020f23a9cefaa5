#!/usr/bin/env python3
"""Checks an evaluation set against CONTRACT.md's format and shape. Usage: validate_set.py FILE [--rows-per-topic N]."""
import collections
import json
import re
import sys

LANGS = ["en", "vi", "sv", "de", "fr", "es", "ja", "pt-BR", "ar"]
USERS = {"admin@contoso.example", "user@contoso.example", "admin@fabrikam.example", "agent@northwind.example", None}
TOPICS = ["Greeting", "Help", "MembershipCriteria", "MembershipHowToCancel", "OrderEligibility", "RefundStatus",
          "CspSubscription", "CreditRequest", "Reservation", "StoreOrder", "TaxRefund", "SupportTicket"]
TAGS = {"short", "long", "follow-up", "anonymous", "other-partner", "no-diacritics", "typo", "mixed-language",
        "id-variant", "date", "amount"}
FIELDS = ["id", "lang", "user", "history", "text", "topic", "resource", "tags"]
MINIMUMS = {"short": 8, "long": 2, "follow-up": 3, "anonymous": 6, "other-partner": 1}
ID_SHAPE = re.compile(r"^[A-Z]{2,3}(-[A-Z]{3})?-\d{4}(-\d+)?$")


def main() -> int:
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    per_topic = 4
    if "--rows-per-topic" in args:
        at = args.index("--rows-per-topic")
        per_topic = int(args[at + 1])
        del args[at:at + 2]
    errors = []
    rows = []
    with open(args[0], encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                errors.append(f"line {number}: not JSON ({error})")
                continue
            if list(row.keys()) != FIELDS:
                errors.append(f"line {number}: fields must be exactly {FIELDS} in that order")
                continue
            rows.append((number, row))

    seen = set()
    by_lang = collections.defaultdict(list)
    for number, row in rows:
        where = f"line {number} ({row['id']})"
        if row["id"] in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(row["id"])
        if row["lang"] not in LANGS:
            errors.append(f"{where}: lang {row['lang']!r} is not one of {LANGS}")
        elif not re.fullmatch(re.escape(row["lang"]) + r"-\d{3}", row["id"]):
            errors.append(f"{where}: id must be <lang>-NNN")
        if row["user"] not in USERS:
            errors.append(f"{where}: user {row['user']!r} is not a demo user or null")
        if not isinstance(row["history"], list) or not all(isinstance(h, str) and h.strip() for h in row["history"]):
            errors.append(f"{where}: history must be a list of non-empty strings")
        if not isinstance(row["text"], str) or not row["text"].strip():
            errors.append(f"{where}: text must be a non-empty string")
        if row["topic"] not in TOPICS:
            errors.append(f"{where}: topic {row['topic']!r} is not one of {TOPICS}")
        if row["resource"] is not None and not (isinstance(row["resource"], str) and ID_SHAPE.match(row["resource"])):
            errors.append(f"{where}: resource must be null or an id in canonical form (e.g. CT-1002, NW-SUB-1001, SO-5001-2)")
        tags = row["tags"]
        if not isinstance(tags, list) or any(t not in TAGS for t in tags) or len(set(tags)) != len(tags):
            errors.append(f"{where}: tags must be distinct values of {sorted(TAGS)}")
            continue
        if ("anonymous" in tags) != (row["user"] is None):
            errors.append(f"{where}: 'anonymous' exactly when user is null")
        if ("follow-up" in tags) and not row["history"]:
            errors.append(f"{where}: a follow-up needs a history")
        if "other-partner" in tags and row["resource"] is None:
            errors.append(f"{where}: an other-partner row names the id it asks about as its resource")
        text = row["text"] if isinstance(row["text"], str) else ""
        if "short" in tags and len(text) > 80:
            errors.append(f"{where}: tagged short but {len(text)} characters")
        if "long" in tags and len(text) < 250:
            errors.append(f"{where}: tagged long but {len(text)} characters")
        by_lang[row["lang"]].append(row)

    for lang in LANGS:
        lang_rows = by_lang.get(lang, [])
        if len(lang_rows) != per_topic * len(TOPICS):
            errors.append(f"{lang}: {len(lang_rows)} rows, expected {per_topic * len(TOPICS)}")
        topics = collections.Counter(r["topic"] for r in lang_rows)
        for topic in TOPICS:
            if topics[topic] != per_topic:
                errors.append(f"{lang}: {topics[topic]} rows of {topic}, expected {per_topic}")
        tags = collections.Counter(t for r in lang_rows for t in r["tags"])
        for tag, minimum in MINIMUMS.items():
            if tags[tag] < minimum * per_topic // 4:
                errors.append(f"{lang}: {tags[tag]} rows tagged {tag}, at least {minimum * per_topic // 4} expected")
        users = {r["user"] for r in lang_rows}
        for user in USERS:
            if user not in users:
                errors.append(f"{lang}: no row of user {user or 'anonymous'}")

    for error in errors:
        print(error)
    print("OK" if not errors else f"{len(errors)} problems")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
