"""Qt item models over the Store's records."""
