// Alerts on Azure: one resource group with the Functions app (Flex Consumption), its storage,
// the Service Bus topic for other systems, monitoring and Key Vault. Deploy with `azd up` or
// `az deployment sub create` (README, "Deploy to Azure"). Plain resources only: registry
// modules cannot be restored offline, and `infra/check.sh` builds this without a network.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Environment name (azd: AZURE_ENV_NAME); names the resource group and seeds resource names.')
param environmentName string

@minLength(1)
@description('Region for every resource; it must offer Flex Consumption.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@minLength(1)
@description('SMTP server the digests and alerts are sent through.')
param smtpHost string

@minValue(1)
@maxValue(65535)
param smtpPort int = 587

@description('none: plain SMTP; starttls: upgrade after connecting (port 587); tls: TLS from the start (port 465).')
@allowed(['none', 'starttls', 'tls'])
param smtpSecurity string = 'starttls'

@minLength(1)
@description('Sender address of the emails, e.g. `Alerts <alerts@example.org>`.')
param smtpFrom string

@description('SMTP user name; empty when the server needs no authentication.')
param smtpUsername string = ''

@secure()
@description('SMTP password, stored in Key Vault. Empty: keep the stored one (or set it later, see README).')
param smtpPassword string = ''

@secure()
@description('Key that signs the public page\'s form tokens; a new random one on each deployment by default.')
param pagesFormSecret string = '${newGuid()}${newGuid()}'

@description('When sources are polled: 6-field cron, UTC.')
param pollSchedule string = '0 */5 * * * *'

@description('When digests are composed and sent: 6-field cron, UTC.')
param digestSchedule string = '0 0 * * * *'

@description('When expired rows (rate-limit counters) are deleted: 6-field cron, UTC.')
param housekeepingSchedule string = '0 30 3 * * *'

@description('Custom host name (e.g. alerts.example.org) for links in emails; empty: the app\'s default host name.')
param customDomain string = ''

@description('Memory of each Flex Consumption instance, in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Upper bound on Flex Consumption instances (40 is the smallest allowed).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Object id of the operator (azd: AZURE_PRINCIPAL_ID): may set secrets and manage sources and subscribers.')
param principalId string = ''

@allowed(['User', 'Group', 'ServicePrincipal'])
param principalType string = 'User'

@description('Object ids of other systems\' identities allowed to receive from the `default` subscription of the alerts topic.')
param alertReceiverPrincipalIds string[] = []

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var alertsTopicName = 'alerts'
var defaultSubscriptionName = 'default'
var smtpPasswordSecretName = 'smtp-password'
var pagesFormSecretName = 'pages-form-secret'
var deploymentContainerName = 'app-package'
// Names are fixed before deployment (not module outputs), so What-If can predict the role
// assignments and existing-resource references that use them.
var names = {
  identity: 'id-api-${resourceToken}'
  logAnalytics: 'log-${resourceToken}'
  applicationInsights: 'appi-${resourceToken}'
  storage: 'st${resourceToken}'
  serviceBus: 'sb-${resourceToken}'
  keyVault: 'kv-${resourceToken}'
  functionApp: 'func-api-${resourceToken}'
  plan: 'plan-${resourceToken}'
}

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'core/security/user-assigned-identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'core/monitor/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
  }
}

module storage 'core/storage/storage-account.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: names.storage
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

module serviceBus 'core/messaging/service-bus.bicep' = {
  name: 'serviceBus'
  scope: rg
  params: {
    name: names.serviceBus
    location: location
    tags: tags
    topicName: alertsTopicName
    defaultSubscriptionName: defaultSubscriptionName
  }
}

module keyVault 'core/security/key-vault.bicep' = {
  name: 'keyVault'
  scope: rg
  params: {
    name: names.keyVault
    location: location
    tags: tags
    smtpPasswordSecretName: smtpPasswordSecretName
    smtpPassword: smtpPassword
    pagesFormSecretName: pagesFormSecretName
    pagesFormSecret: pagesFormSecret
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  dependsOn: [identity, storage, serviceBus, monitoring, keyVault]
  params: {
    identityName: names.identity
    storageAccountName: names.storage
    serviceBusNamespaceName: names.serviceBus
    topicName: alertsTopicName
    defaultSubscriptionName: defaultSubscriptionName
    applicationInsightsName: names.applicationInsights
    keyVaultName: names.keyVault
    operatorPrincipalId: principalId
    operatorPrincipalType: principalType
    alertReceiverPrincipalIds: alertReceiverPrincipalIds
  }
}

module api 'app/function-app.bicep' = {
  name: 'api'
  scope: rg
  // The app starts with its roles in place (deployment container, queues, Key Vault reference).
  dependsOn: [rbac, monitoring]
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsName: names.applicationInsights
    serviceBusFullyQualifiedNamespace: serviceBus.outputs.fullyQualifiedNamespace
    serviceBusTopicName: serviceBus.outputs.topicName
    keyVaultUri: keyVault.outputs.vaultUri
    smtpPasswordSecretName: smtpPasswordSecretName
    pagesFormSecretName: pagesFormSecretName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    pollSchedule: pollSchedule
    digestSchedule: digestSchedule
    housekeepingSchedule: housekeepingSchedule
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpSecurity: smtpSecurity
    smtpFrom: smtpFrom
    smtpUsername: smtpUsername
    customDomain: customDomain
  }
}

// Read by azd (and printed by `az deployment sub create`).
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output SERVICE_BUS_FULLY_QUALIFIED_NAMESPACE string = serviceBus.outputs.fullyQualifiedNamespace
output SERVICE_BUS_TOPIC_NAME string = serviceBus.outputs.topicName
output SERVICE_BUS_DEFAULT_SUBSCRIPTION_NAME string = serviceBus.outputs.defaultSubscriptionName
