/**
 * Graph snapshots: immutable primitive-array (CSR) graphs on the vertices {@code 0 .. n - 1} that
 * the model stages compute on, with a read-only JGraphT view for reference algorithms.
 */
package io.sway.engine.graph;
