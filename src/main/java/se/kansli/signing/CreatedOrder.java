package se.kansli.signing;

import java.util.List;

/**
 * A new order and the personal signing links, shown once to the person who created it (they are
 * also e-mailed); only their hashes are stored.
 */
public record CreatedOrder(SigningOrderView order, List<String> signerLinks) {}
