"""The 报表 page, and the print, export and roster-import buttons other pages add (issue 5)."""
