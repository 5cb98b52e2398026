"""The 教师 page: the roster of every school, with its editor."""
