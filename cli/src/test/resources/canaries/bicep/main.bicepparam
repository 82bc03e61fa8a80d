using 'main.bicep'

param pskA = 'cnryBicepParamA6H3'
param pskB = 'cnryBicepParamB2M9'
