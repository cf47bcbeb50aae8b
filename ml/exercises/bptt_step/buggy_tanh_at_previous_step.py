"""Tanh derivative at the wrong step: uses 1 - h_prev^2 instead of 1 - h_t^2 (the derivative
belongs to the tanh that produced h_t)."""

import numpy as np


def bptt_step(x_t: np.ndarray, h_prev: np.ndarray, h_t: np.ndarray, Wx: np.ndarray,
              Wh: np.ndarray, dout_t: np.ndarray, dh_next: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``(dx_t, dh_prev, dWx, dWh, db)`` for one step; dout_t and dh_next both reach h_t.

    Time O(B (d + H) H), space O(B (d + H) + (d + H) H).
    """
    dh = dout_t + dh_next                  # the output's gradient plus the future's
    da = dh * (1.0 - h_prev * h_prev)            # tanh'(a_t) = 1 - h_t^2        (B, H)
    return (da @ Wx.T,                     # dx_t                          (B, d)
            da @ Wh.T,                     # dh_prev, on to step t - 1     (B, H)
            x_t.T @ da,                    # dWx                           (d, H)
            h_prev.T @ da,                 # dWh                           (H, H)
            da.sum(axis=0))                # db                            (H,)
