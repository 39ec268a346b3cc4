"""The measured claims, runnable by anyone: a synthetic call-center corpus with gold spans (corpus.py),
protected recall / precision (evaluate.py), the obvious stack to beat (baseline.py) and speed (bench_engine.py).
"""
