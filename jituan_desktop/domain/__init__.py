"""Pure-Python records, validation and quota evaluation: no Qt, no SQL, nothing of ours."""
