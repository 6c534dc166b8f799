package cn.jixiao.portal.evaluation.review;

import java.time.LocalDate;

/** An opinion of the sign-off block, with who signed it and when; version of the stored opinion, if any. */
public record OpinionInput(String opinion, String signer, LocalDate signedOn, Integer version) {}
