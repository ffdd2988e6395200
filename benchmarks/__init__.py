"""`make bench`: speed measured as ratios against a baseline timed in the same run."""
