// A storage account with the blob container(s) for conversation state shared
// by all instances. Only deployed when enableSharedState is true.

param location string

@description('3-24 lower-case letters and digits, unique in Azure.')
param storageAccountName string

@description('Blob containers to create.')
param containerNames array

param tags object

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for containerName in containerNames: {
    parent: blobs
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

output name string = account.name
