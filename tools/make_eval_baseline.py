"""Write tests/baselines/eval.json: the extractor's scores on the fixed gold slices CI checks for regressions.

    python tools/make_eval_baseline.py --shared ../shared [--events 200] [--quotes 120]

Run it after an intended quality change and commit the file with the change that explains it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from graphbuild.evaluate.run import run_events, run_quotes

OUT = Path(__file__).resolve().parents[1] / "tests" / "baselines" / "eval.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--events", type=int, default=200, help="first N scorable PETRARCH sentences")
    parser.add_argument("--quotes", type=int, default=120, help="first N Wikinews articles")
    args = parser.parse_args()
    events = run_events(args.shared / "eval" / "petrarch_validation.jsonl",
                        actors=args.shared / "eval" / "petrarch_validate_actors.json", limit=args.events)
    quotes = run_quotes(args.shared / "news" / "dewikinews_quotes_de" / "dev.jsonl",
                        args.shared / "news" / "dewikinews_quotes_de" / "dev_gold_quotes.jsonl", limit=args.quotes)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"events": events, "quotes": quotes}, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({"events": {k: v for k, v in events.items() if k != "code"},
                      "quotes": quotes}, indent=1))


if __name__ == "__main__":
    main()
