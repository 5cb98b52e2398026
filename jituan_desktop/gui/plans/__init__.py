"""工作计划: the plans page, its editor and the table of a plan's monthly items."""
