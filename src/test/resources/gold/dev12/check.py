#!/usr/bin/env python3
"""Validate dev12.json against articles/*.txt by running ../dev/check.py on this set. Exit 1 on any error."""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "dev", "check.py"),
                          HERE, os.path.join(HERE, "..", "dev12.json")]))
