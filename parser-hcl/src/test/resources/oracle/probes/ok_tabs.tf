a = "tab	here"
b = 1	# tab before comment
