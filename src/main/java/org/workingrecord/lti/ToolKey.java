package org.workingrecord.lti;

import java.text.ParseException;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.workingrecord.secret.AppSecrets;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The tool's own RSA key: platforms check with its public half what the tool signs (deep-linking answers, requests for
 * tokens to send scores and read rosters). Made once and kept in the database, so every server signs with the same key.
 */
@Component
class ToolKey {

    private final RSAKey key;

    ToolKey(AppSecrets secrets) {
        String json = secrets.getOrCreate("lti-tool-key", () -> {
            try {
                return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                        .keyID(UUID.randomUUID().toString()).generate().toJSONString();
            } catch (JOSEException e) {
                throw new IllegalStateException("no RSA key could be made", e);
            }
        });
        try {
            this.key = RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("the stored LTI tool key is not a key", e);
        }
    }

    RSAKey key() {
        return key;
    }

    /** Claims signed with the tool's key (RS256, with its key id), as the platform checks them against the public key set. */
    String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("the tool's key could not sign", e);
        }
    }

    /** The public key set platforms fetch: the public half only. */
    String publicKeySet() {
        return new JWKSet(key.toPublicJWK()).toString(true);
    }
}
