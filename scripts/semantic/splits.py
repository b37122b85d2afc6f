"""Paths and the split of the labelled files, without heavy imports (see common.py)."""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIX = os.environ.get("PAIRS_DIR", os.path.join(ROOT, "tests/fixtures/question_pairs"))
OUT = os.environ.get("OUT", os.path.join(ROOT, "target/semantic"))
MINILM = os.environ.get("BASE_MODEL", os.path.join(OUT, "base"))

# The files read (tuned on): the model trains on these. Three are held out of the gradient
# steps for early stopping and the threshold.
TRAIN_FILES = ["dev", "holdout", "fresh", "blind", "blind7", "probe", "probe2", "probe3",
               "probe4", "probe5", "probe6", "probe7", "probe8", "probe9"]
VAL_FILES = ["blind", "blind7", "probe9"]
FIT_FILES = [f for f in TRAIN_FILES if f not in VAL_FILES]
# The files kept unread: scored once, summarized only.
TEST_FILES = ["blind2", "blind3", "blind4", "blind5", "blind6", "blind8", "blind9", "blind10",
              "blind11"]
