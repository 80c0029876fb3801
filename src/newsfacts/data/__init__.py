"""Data shipped with newsfacts: the sample article, written by the project."""
