"""Benchmarks (`make bench`): each timing printed against a baseline measured in the same run."""
