"""联盟活动: the list of alliance activities and the editor of one activity."""
