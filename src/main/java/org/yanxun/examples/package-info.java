/**
 * The two real communities the library was founded on, as ready-made datasets with synthetic people:
 * see {@link org.yanxun.examples.ExampleCommunities}.
 *
 * <p>The null policy of {@link org.yanxun} applies.
 */
package org.yanxun.examples;
