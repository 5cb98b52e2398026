"""The 首页 dashboard: this semester at a glance for a school, or the whole alliance."""
