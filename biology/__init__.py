"""Biological parallels: runnable demos behind the essays on computing and living systems."""
