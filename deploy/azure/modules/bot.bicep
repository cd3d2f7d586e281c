// The Azure Bot resource (the bot's registration with the Bot Connector) and
// its channels: Microsoft Teams, Web Chat and Direct Line.

@description('Name of the Azure Bot resource (2-64 letters, digits, -, _ or .).')
param botName string

@description('Name shown in channels such as Teams.')
param displayName string

@description('The messaging endpoint: https://<web app host>/api/messages.')
param messagingEndpoint string

@description('MultiTenant, SingleTenant or UserAssignedMSI, as MicrosoftAppType.')
param appType string

@description('App (client) id: of the app registration, or of the managed identity.')
param appId string

@description('Tenant of the app registration or identity; ignored for MultiTenant.')
param tenantId string

@description('Resource id of the user-assigned managed identity; only for UserAssignedMSI.')
param botIdentityId string

@description('F0 (free, limited premium-channel messages) or S1.')
@allowed([
  'F0'
  'S1'
])
param sku string

@description('Origins allowed to use the Direct Line channel (enhanced authentication); empty = any.')
param directLineTrustedOrigins array

param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppId: appId
    msaAppType: appType
    msaAppTenantId: appType == 'MultiTenant' ? '' : tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? botIdentityId : ''
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

// The secret of this site is what DIRECT_LINE_SECRET holds; the template
// cannot hand it over safely, see "Direct Line secret" in deploy/README.md.
resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: !empty(directLineTrustedOrigins)
          trustedOrigins: directLineTrustedOrigins
        }
      ]
    }
  }
}

output name string = bot.name
