"""Reusable pieces of the wizard's pages."""
