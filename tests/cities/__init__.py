"""Cities that exist only for the tests (registered by the test that uses them)."""
