"""Speed benchmarks for mediawatch (`make bench`); see README.md."""
