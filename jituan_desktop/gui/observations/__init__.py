"""听课记录: the list of lesson observations and the editor shaped like the paper form."""
