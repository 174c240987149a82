package com.baokao.profile;

import com.baokao.catalogue.PhotoRule;
import com.baokao.catalogue.ProofKind;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The platform's own rules for a profile, checked at upload; each exam checks its own rules again when a
 * candidate applies. The photo rule defaults to seed 002's (260x360 px exactly, 15-45 KB, white or blue)
 * and is configurable ({@code baokao.photo.*}); the proof limits are seed 002's.
 */
public final class ProfileRules {

    /** Largest size of each proof kind in KB; the first three are required (work proof unless waived). */
    public static final Map<ProofKind, Integer> PROOF_MAX_KB = new EnumMap<>(Map.of(
            ProofKind.ID_CARD_FRONT, 100,
            ProofKind.EDUCATION, 200,
            ProofKind.WORK, 200,
            ProofKind.PRACTICE_CERTIFICATE, 200,
            ProofKind.RESIDENCY_TRAINING, 200));

    private ProfileRules() {
    }

    public static PhotoRule platformPhotoRule() {
        Config config = ConfigProvider.getConfig();
        return new PhotoRule(
                config.getOptionalValue("baokao.photo.width", Integer.class).orElse(260),
                config.getOptionalValue("baokao.photo.height", Integer.class).orElse(360),
                config.getOptionalValue("baokao.photo.exact-size", Boolean.class).orElse(true),
                config.getOptionalValue("baokao.photo.min-kb", Integer.class).orElse(15),
                config.getOptionalValue("baokao.photo.max-kb", Integer.class).orElse(45),
                config.getOptionalValue("baokao.photo.backgrounds", String.class).orElse("WHITE,BLUE"));
    }

    /** Whether the profile must carry this proof before it can be submitted. */
    public static boolean proofRequired(ProofKind kind, BasicInfo info) {
        return switch (kind) {
            case ID_CARD_FRONT, EDUCATION -> true;
            case WORK -> !info.workProofWaived();
            default -> false;
        };
    }
}
