"""This city's own wizard pages (Qt): loaded by the wizard alone, never by the engine."""
