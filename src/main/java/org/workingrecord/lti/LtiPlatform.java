package org.workingrecord.lti;

import java.util.List;

/**
 * A learning platform an administrator registered: who it is (issuer and the client id it gave this tool), where
 * its login, token and key-set endpoints are, and which of its deployments may launch.
 */
public record LtiPlatform(long id, String name, String issuer, String clientId, String authLoginUrl, String tokenUrl,
                          String jwksUrl, List<String> deploymentIds) {

    public LtiPlatform {
        deploymentIds = List.copyOf(deploymentIds);
    }
}
