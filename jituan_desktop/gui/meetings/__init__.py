"""会议纪要: the list of meetings and the editor of one meeting\x27s minutes."""
