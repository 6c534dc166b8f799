<#-- The footer under the form (Keycloak's hook for themes): who opens accounts, whom to ask. -->
<#macro content>
<p id="jx-help" class="jx-help">${msg("jixiaoHelp")}</p>
</#macro>
