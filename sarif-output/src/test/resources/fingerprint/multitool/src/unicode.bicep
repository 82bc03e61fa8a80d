// grüße 😀 emoji
param p string = 'été'
あいう
