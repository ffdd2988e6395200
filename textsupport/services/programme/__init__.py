"""The peer worker programme: training and certification (supervision, fidelity and recognition to come)."""
