/**
 * The datasets and the knowledge base that holds them: the sources it stores with their versions and
 * terms ({@link org.counterweight.app.datasets.DatasetsService#sources}), their citations as a table or
 * BibTeX ({@link org.counterweight.app.datasets.BibTex}), the store's status, imports of users'
 * copies of datasets and of case files, and dyad-year frames over the stored datasets for statistical
 * work ({@link org.counterweight.app.datasets.DyadsService}).
 */
package org.counterweight.app.datasets;
