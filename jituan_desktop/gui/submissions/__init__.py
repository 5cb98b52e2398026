"""报送: reports to the county bureau, what is due and what was sent."""
