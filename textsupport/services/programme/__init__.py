"""The peer worker programme: training and certification, supervision, fidelity tags, recognition."""
