package io.sway.loader.imports;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Converts the CSV output of the <a href="https://ldbcouncil.org/benchmarks/snb/">LDBC Social
 * Network Benchmark</a> Interactive v1 data generator (the Hadoop-based datagen, serializers
 * {@code CsvBasic} and {@code CsvComposite}) into a Sway dataset.
 *
 * <p>The source is the datagen's {@code social_network} folder: {@code |}-separated files with a
 * header row, in {@code dynamic/} and {@code static/} subfolders or all in one folder, each entity
 * in one or more part files ({@code person_0_0.csv}, {@code person_1_0.csv}, ...), each optionally
 * gzip-compressed. Columns are found by their header names ({@code id}, {@code firstName}, {@code
 * creationDate}, {@code Person.id}, {@code Post.id}, {@code Comment.id}, {@code Tag.id}, {@code
 * name}), so extra or reordered columns are fine. Date-times are read as {@code
 * 2010-02-14T15:32:10.447+0000} or as epoch milliseconds ({@code LongDateFormatter}).
 *
 * <p>Mapping:
 *
 * <ul>
 *   <li>{@code person} becomes an account {@code ldbc<id>} on network {@code ldbc}, handle {@code
 *       firstname.lastname<id>} (lower case, characters other than letters and digits as {@code
 *       _}), display name "firstName lastName", {@code created_at} its {@code creationDate}. Each
 *       person owns one account, so no {@code persons.csv} is written.
 *   <li>{@code person_knows_person} is undirected: each row becomes two follows, one each way,
 *       {@code since} its {@code creationDate}.
 *   <li>{@code post} becomes a post {@code ldbcpost<id>} by the creator named in {@code
 *       post_hasCreator_person}, created at its {@code creationDate}, with the names of its tags
 *       ({@code post_hasTag_tag}, names from {@code static/tag}) as topics, lower-cased.
 *   <li>{@code comment} becomes a post {@code ldbccomment<id>} (creator, date and topics likewise)
 *       whose {@code reply_to} is the post or comment it answers ({@code comment_replyOf_post},
 *       {@code comment_replyOf_comment}); and a {@code reply} interaction of its author with that
 *       message, at the comment's date, so that replies count as engagement.
 *   <li>{@code person_likes_post} and {@code person_likes_comment} become {@code like}
 *       interactions with the message, at the like's {@code creationDate}.
 *   <li>Forums, places, organisations, tag classes, e-mail addresses, languages, interests and
 *       the other entities are ignored and named in the notes; so are content, language, place,
 *       browser and IP address of persons and messages.
 *   <li>A person knowing itself, replying to its own message or liking its own message is
 *       skipped and counted under {@link ImportSummary#SELF_FOLLOWS} or {@link
 *       ImportSummary#SELF_INTERACTIONS}; the comment itself is still written as a post.
 * </ul>
 *
 * <p>The references between files are checked, so the output is a valid Sway dataset or nothing:
 * an {@link ImportFormatException} names the file, line and value of an unknown person, message
 * or tag, a duplicate id, a message without creator, a comment that replies to nothing, a bad id
 * or date-time, or a row with the wrong number of fields. The merged-foreign-key layouts ({@code
 * CsvMergeForeign}, where the creator is a column of the post file) are recognized and refused.
 *
 * <p>Each file is read once, in reference order; memory holds the person ids and, per message,
 * its creator, its parent (comments) and its tags: a few tens of bytes per message, never the
 * knows or likes edges.
 */
public final class LdbcImporter implements DatasetImporter {
  @Override
  public ImportSummary convert(Path source, Path outDir) throws IOException, ImportFormatException {
    SourceFolder folder = SourceFolder.of(source);
    return new LdbcConversion(folder, LdbcFiles.scan(folder)).run(outDir);
  }
}
