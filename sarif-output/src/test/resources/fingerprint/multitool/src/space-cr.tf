a 
b 
c

d