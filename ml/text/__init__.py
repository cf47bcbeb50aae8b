"""Character-level language models in numpy, from counting to attention.

The path, each step a module that must beat the one before on the validation text:

1. :mod:`ml.text.bigram` — count which character follows which; the baseline.
2. :mod:`ml.text.mlp` — a fixed window of characters, embedded and fed to an MLP (Bengio 2003).
3. :mod:`ml.text.rnn` — a recurrent network (vanilla, then GRU) trained by truncated BPTT.
4. :mod:`ml.text.transformer` — causal self-attention in a small GPT.

Shared pieces: :mod:`ml.text.vocab` (characters <-> ids, batches), :mod:`ml.text.layers` (the new
layers with their backward passes), :mod:`ml.text.sampling` (temperature, top-k, seeded),
:mod:`ml.text.train` (the training loop and the validation loss), :mod:`ml.text.io` (model files)
and :mod:`ml.text.cli` (``python -m ml.text``).
"""
