// The Quanta FAQ bot on Azure: a Linux Web App (Node 22) that runs the bot, the
// Azure Bot resource with the Teams, Web Chat and Direct Line channels, and,
// optionally, a storage account for state shared by several instances and
// Log Analytics + Application Insights. Steps: deploy/README.md.
//
//   az deployment group create -g <group> -f deploy/azure/main.bicep \
//     -p @deploy/azure/main.parameters.json -p appPassword=<client secret>

targetScope = 'resourceGroup'

@description('Region of the Web App, storage and monitoring (the bot itself is global).')
param location string = resourceGroup().location

@description('Prefix of every resource name.')
@minLength(3)
@maxLength(20)
param namePrefix string = 'quanta-faq'

@description('Name of the Web App; its host name becomes <appName>.azurewebsites.net. Unique in Azure.')
param appName string = '${namePrefix}-${uniqueString(resourceGroup().id)}'

@description('How the bot proves who it is. SingleTenant (an app registration with a client secret) or UserAssignedMSI (a managed identity the template creates, no secret). MultiTenant only for an existing multi-tenant registration: Azure no longer creates new multi-tenant bots since 31 July 2025.')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
  'MultiTenant'
])
param appType string = 'SingleTenant'

@description('App (client) id of the Entra app registration. Leave empty for UserAssignedMSI.')
param appId string = ''

@description('Client secret of the app registration. Leave empty for UserAssignedMSI.')
@secure()
param appPassword string = ''

@description('Tenant of the app registration or managed identity.')
param tenantId string = tenant().tenantId

@description('Name of the bot shown in Teams and Web Chat.')
param botDisplayName string = 'Quanta FAQ'

@description('Azure Bot pricing tier: F0 (free) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan size.')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param appServiceSku string = 'B1'

@description('Number of Web App instances. Keep 1 unless enableSharedState is true: without it every instance has its own conversation memory.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Create a storage account for conversation state shared by all instances.')
param enableSharedState bool = false

@description('Blob container for the shared conversation state.')
param stateContainerName string = 'conversation-state'

@description('Blob container for the record logs: unanswered questions, feedback, turns, learning signals (append blobs, one per day).')
param logContainerName string = 'bot-logs'

@description('Days the bot keeps its records (unanswered questions, feedback, turns, learning signals) before deleting them; 0 keeps them.')
@minValue(0)
@maxValue(3650)
param recordRetentionDays int = 90

@description('Create Log Analytics + Application Insights and send the app logs there.')
param enableMonitoring bool = true

@description('Days Log Analytics keeps the logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Secret of the Direct Line channel\'s Default Site, for the Web Chat page (token exchange). Empty on the first deployment; see deploy/README.md.')
@secure()
param directLineSecret string = ''

@description('Origins allowed to use Direct Line (enhanced authentication), e.g. [\'https://www.quanta-npm.nl\']; empty = any.')
param directLineTrustedOrigins array = []

param tags object = {
  app: 'quanta-faq-bot'
}

// Persistent storage of App Service, shared by all instances and kept across
// deployments; the app's own directory is a read-only mount of the zip.
var dataDir = '/home/data/quanta-faq-bot'
var storageAccountName = take(toLower('st${replace(namePrefix, '-', '')}${uniqueString(resourceGroup().id)}'), 24)

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (appType == 'UserAssignedMSI') {
  name: '${namePrefix}-bot-identity'
  location: location
  tags: tags
}

var botAppId = appType == 'UserAssignedMSI' ? botIdentity.properties.clientId : appId
var botIdentityId = appType == 'UserAssignedMSI' ? botIdentity.id : ''

module monitoring 'modules/monitoring.bicep' = if (enableMonitoring) {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: '${namePrefix}-logs'
    appInsightsName: '${namePrefix}-insights'
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

module sharedState 'modules/storage.bicep' = if (enableSharedState) {
  name: 'shared-state'
  params: {
    location: location
    storageAccountName: storageAccountName
    containerNames: [
      stateContainerName
      logContainerName
    ]
    tags: tags
  }
}

resource stateAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = if (enableSharedState) {
  name: storageAccountName
}

// The bot's environment: every name is a variable src/config.ts reads, or a
// platform setting; tests/deploy/appSettings.test.ts checks both directions.
// A deployment replaces all app settings, so a value set by hand with
// `az webapp config appsettings set` is gone after the next deployment.
var botAppSettings = [
  {
    name: 'MicrosoftAppType'
    value: appType
  }
  {
    name: 'MicrosoftAppId'
    value: botAppId
  }
  {
    name: 'MicrosoftAppPassword'
    value: appType == 'UserAssignedMSI' ? '' : appPassword
  }
  {
    name: 'MicrosoftAppTenantId'
    value: appType == 'MultiTenant' ? '' : tenantId
  }
  {
    name: 'UNANSWERED_LOG'
    value: '${dataDir}/unanswered.jsonl'
  }
  {
    name: 'FEEDBACK_LOG'
    value: '${dataDir}/feedback.jsonl'
  }
  {
    name: 'TURN_LOG'
    value: '${dataDir}/turns.jsonl'
  }
  {
    name: 'SIGNAL_LOG'
    value: '${dataDir}/signals.jsonl'
  }
  {
    name: 'LOG_RETENTION_DAYS'
    value: string(recordRetentionDays)
  }
  {
    name: 'DIRECT_LINE_SECRET'
    value: directLineSecret
  }
  {
    // The token endpoint issues tokens only for these origins, and answers CORS requests from them.
    name: 'DIRECT_LINE_TRUSTED_ORIGINS'
    value: join(directLineTrustedOrigins, ',')
  }
]

var sharedStateAppSettings = enableSharedState ? [
  {
    name: 'AZURE_STORAGE_CONNECTION_STRING'
    value: 'DefaultEndpointsProtocol=https;AccountName=${storageAccountName};AccountKey=${stateAccount.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
  {
    name: 'AZURE_STORAGE_STATE_CONTAINER'
    value: stateContainerName
  }
  {
    name: 'AZURE_STORAGE_LOG_CONTAINER'
    value: logContainerName
  }
] : []

var platformAppSettings = [
  {
    // The zip is built before deployment (tsc is a dev dependency, which the
    // platform's `npm install --production` would not install) and mounted read-only.
    name: 'WEBSITE_RUN_FROM_PACKAGE'
    value: '1'
  }
  {
    name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
    value: 'false'
  }
]

var monitoringAppSettings = enableMonitoring ? [
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: monitoring.outputs.connectionString
  }
  {
    // Codeless Application Insights for Node.js on Linux: requests and failures without an SDK in the bot.
    name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
    value: '~3'
  }
] : []

var appSettings = concat(botAppSettings, sharedStateAppSettings, platformAppSettings, monitoringAppSettings)

module web 'modules/appService.bicep' = {
  name: 'web'
  dependsOn: [
    sharedState
  ]
  params: {
    location: location
    appName: appName
    planName: '${namePrefix}-plan'
    skuName: appServiceSku
    instanceCount: instanceCount
    appSettings: appSettings
    botIdentityId: botIdentityId
    logAnalyticsWorkspaceId: enableMonitoring ? monitoring.outputs.workspaceId : ''
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: '${namePrefix}-bot-${uniqueString(resourceGroup().id)}'
    displayName: botDisplayName
    messagingEndpoint: 'https://${web.outputs.defaultHostName}/api/messages'
    appType: appType
    appId: botAppId
    tenantId: tenantId
    botIdentityId: botIdentityId
    sku: botSku
    directLineTrustedOrigins: directLineTrustedOrigins
    tags: tags
  }
}

output webAppName string = web.outputs.name
output messagingEndpoint string = 'https://${web.outputs.defaultHostName}/api/messages'
output botName string = bot.outputs.name
output botAppId string = botAppId
output storageAccountName string = enableSharedState ? storageAccountName : ''
