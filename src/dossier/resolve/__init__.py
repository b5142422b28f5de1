"""Resolution: actors, time and places over a parsed article. Pure; lookups are injected."""
