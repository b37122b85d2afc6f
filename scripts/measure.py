#!/usr/bin/env python3
"""Runs a command and prints its wall time and peak resident memory (its own and its
children's), as one line: `seconds=<s> max_rss_mb=<mb> exit=<code>`.

usage: measure.py COMMAND [ARGS...]
"""
import resource
import subprocess
import sys
import time

start = time.perf_counter()
proc = subprocess.run(sys.argv[1:])
elapsed = time.perf_counter() - start
rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"seconds={elapsed:.3f} max_rss_mb={rss_kb / 1024:.1f} exit={proc.returncode}", file=sys.stderr)
sys.exit(proc.returncode)
